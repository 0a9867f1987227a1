// Interface strings: buttons, labels, status messages.
export const ui = {} satisfies Record<string, string>;
