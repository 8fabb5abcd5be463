import { createRequire as __execguardCreateRequire } from 'node:module'; const require = __execguardCreateRequire(import.meta.url);
import {
  decide
} from "./chunk-ETCSUMVP.mjs";
import "./chunk-HP7TM5JB.mjs";
import "./chunk-NYA5G6G2.mjs";
import "./chunk-SCKDKR5L.mjs";
import "./chunk-H7DZ5SF5.mjs";
import "./chunk-DJPTD3UY.mjs";
import "./chunk-ZVMRUSTS.mjs";
import "./chunk-UOJPWSGW.mjs";
export {
  decide
};
