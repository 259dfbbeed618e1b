package ai.vibevoice.cicd.pipelines.scripts;

/**
 * What a {@link Stub} does for a call it matched: print {@code stdout} and {@code stderr}, run an
 * optional bash {@code script} (the call's arguments are its {@code "$@"}, {@code option NAME}
 * prints the value after {@code NAME}, {@code $STUB_DATA} is a file holding {@code data}), then
 * exit with {@code exit}. A script that fails makes the stub fail with its status.
 */
record Answer(String stdout, String stderr, String script, String data, int exit) {

  /** Exit 0, print nothing. */
  static Answer ok() {
    return new Answer("", "", null, null, 0);
  }

  /** Print {@code text} (a newline is added when missing) and exit 0. */
  static Answer stdout(String text) {
    return new Answer(
        text.isEmpty() || text.endsWith("\n") ? text : text + "\n", "", null, null, 0);
  }

  /** Print {@code message} on stderr and exit {@code code}, as a tool reporting an error. */
  static Answer fails(int code, String message) {
    return new Answer("", message.endsWith("\n") ? message : message + "\n", null, null, code);
  }

  /** Run a bash snippet (see the class comment) and exit 0 unless it fails. */
  static Answer script(String bash) {
    return new Answer("", "", bash, null, 0);
  }

  /** The same answer with {@code $STUB_DATA} holding {@code text}. */
  Answer data(String text) {
    return new Answer(stdout, stderr, script, text, exit);
  }

  /** The same answer, exiting {@code code}. */
  Answer exit(int code) {
    return new Answer(stdout, stderr, script, data, code);
  }

  /**
   * {@code json} as {@code gh} prints it: with {@code --jq FILTER} in the call, the filter's output
   * (strings raw, as gh prints them), else the JSON itself. The filter runs in the real jq.
   */
  static Answer ghJson(String json) {
    return script(
            "if filter=\"$(option --jq)\"; then jq -r \"$filter\" \"$STUB_DATA\"; else cat \"$STUB_DATA\"; fi")
        .data(json);
  }
}
