/** Lesson 6's training-loop stepper: the learning rate and seed it starts with. */
export const LOOP_START = { learningRate: 0.5, seed: 1 } as const;
/** The loss it stops at unless the reader sets another. */
export const LOOP_TARGET_LOSS = 0.02;
/** The epochs after which the stepper stops playing, learned or not. */
export const LOOP_MAX_EPOCHS = 2000;
