package org.incidentatlas.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs CLI commands in-process and keeps what they print, for tests. */
final class CliRunner {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    /** Everything printed on stdout so far. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed on stderr, for tests that run several commands. */
    void resetErr() {
        err.reset();
    }

    /** Everything printed on stderr so far. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
