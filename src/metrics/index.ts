// One line per topic file; keep sorted.
export {};
