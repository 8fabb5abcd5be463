import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-65FTERJX.mjs";
import "./chunk-UOJPWSGW.mjs";
export default require_dist();
