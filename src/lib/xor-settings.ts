/** The XOR network widget's rule for "learned": every output on the right side of 0.5 and an epoch loss below this. */
export const XOR_SOLVED_LOSS = 0.02;
/** Where the XOR widget's Train button gives up. */
export const XOR_MAX_EPOCHS = 3000;
