// The `finmodel` command line (placeholder until the CLI lands).
process.stdout.write("finmodel: no commands yet\n");
