import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-3PDF6CMC.mjs";
import "./chunk-GLDXOGL5.mjs";
export default require_dist();
