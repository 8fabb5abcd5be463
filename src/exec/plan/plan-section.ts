// The plan's own operation section, as its kind reads it. A section whose fields all default may be
// left out of a plan (and of a plan built in code): its defaults stand in.
import { kindOf } from '../kinds/index.js';
import type { Plan } from '../types.js';

export const sectionOf = (plan: Plan): unknown => plan[plan.operation] ?? kindOf(plan.operation).section.parse({});
