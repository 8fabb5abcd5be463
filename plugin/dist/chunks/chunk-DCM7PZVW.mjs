import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);

// src/exec/types.ts
var StepError = class extends Error {
  constructor(message, result, errorClass) {
    super(message);
    this.result = result;
    this.errorClass = errorClass;
  }
  result;
  errorClass;
};

export {
  StepError
};
