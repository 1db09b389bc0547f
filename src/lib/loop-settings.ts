/** Lesson 6's training-loop stepper: the loss it stops at unless the reader sets another. */
export const LOOP_TARGET_LOSS = 0.02;
/** The epochs after which the stepper stops playing, learned or not. */
export const LOOP_MAX_EPOCHS = 2000;
