export { daysBetween } from "./days.js";
