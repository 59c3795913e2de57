package org.opensrdi.cli.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A running implementation: a command started through the system shell, spoken to in NDJSON on its
 * stdin and stdout. Every exchange has a time limit; a process that stops answering is killed with
 * everything it started. The last lines of its stderr are kept for the report.
 */
final class ImplementationProcess implements AutoCloseable {

    private static final int STDERR_LINES_KEPT = 20;
    private static final String END_OF_OUTPUT = "\u0000end";

    private final Process process;
    private final Writer stdin;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();

    private ImplementationProcess(Process process) {
        this.process = process;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        daemon("conformance-stdout", () -> pump(process.getInputStream(), true));
        daemon("conformance-stderr", () -> pump(process.getErrorStream(), false));
    }

    /**
     * Starts a command through the shell ({@code sh -c} or, on Windows, {@code cmd /c}).
     *
     * @param command the command line
     * @param directory the working directory
     * @return the process
     * @throws IOException if the shell cannot be started
     */
    static ImplementationProcess launch(String command, Path directory) throws IOException {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> shell = windows ? List.of("cmd.exe", "/c", command) : List.of("/bin/sh", "-c", command);
        return new ImplementationProcess(new ProcessBuilder(shell).directory(directory.toFile()).start());
    }

    /**
     * Sends one message and waits for one response line.
     *
     * @param message the message
     * @param timeout how long to wait for the response
     * @return the response, a JSON object
     * @throws Failure if the process does not answer in time, has ended, or answers something that is
     *     not a JSON object
     */
    JsonNode exchange(JsonNode message, Duration timeout) throws Failure {
        try {
            stdin.write(ConformanceJson.line(message));
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw exited("could not write the request (" + e.getMessage() + ")");
        }
        String line;
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            do {
                line = stdout.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } while (line != null && line.isBlank());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(Failure.Kind.TIMEOUT, "interrupted while waiting for the implementation");
        }
        if (line == null) {
            throw new Failure(Failure.Kind.TIMEOUT, "no response within " + timeout.toSeconds() + " s");
        }
        if (END_OF_OUTPUT.equals(line)) {
            stdout.add(END_OF_OUTPUT);
            throw exited("the implementation closed its output");
        }
        JsonNode response;
        try {
            response = ConformanceJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new Failure(Failure.Kind.MALFORMED, "the response is not JSON: " + abbreviate(line));
        }
        if (!response.isObject()) {
            throw new Failure(Failure.Kind.MALFORMED, "the response is not a JSON object: " + abbreviate(line));
        }
        return response;
    }

    /**
     * Asks the process to stop and waits a little; kills it if it does not.
     *
     * @param grace how long to wait
     */
    void stop(Duration grace) {
        try {
            stdin.write("{\"cmd\":\"stop\"}\n");
            stdin.flush();
            stdin.close();
        } catch (IOException e) {
            // Already gone: nothing to ask.
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** Kills the process and everything it started. */
    void kill() {
        // Descendants first: once the shell is gone, its children are no longer found through it.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The last lines the process wrote to stderr.
     *
     * @return up to twenty lines, oldest first
     */
    List<String> stderrTail() {
        synchronized (stderrTail) {
            return new ArrayList<>(stderrTail);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private Failure exited(String what) {
        String status;
        try {
            status = process.waitFor(2, TimeUnit.SECONDS) ? "exited with status " + process.exitValue() : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = "state unknown";
        }
        List<String> tail = stderrTail();
        String stderr = tail.isEmpty() ? "" : "; stderr: " + String.join(" | ", tail.subList(Math.max(0, tail.size() - 5), tail.size()));
        return new Failure(Failure.Kind.EXITED, what + ", " + status + stderr);
    }

    private void pump(InputStream stream, boolean protocol) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (protocol) {
                    stdout.add(line);
                } else {
                    synchronized (stderrTail) {
                        stderrTail.addLast(abbreviate(line));
                        if (stderrTail.size() > STDERR_LINES_KEPT) {
                            stderrTail.removeFirst();
                        }
                    }
                }
            }
        } catch (IOException e) {
            // The process ended or was killed: the stream is over.
        } finally {
            if (protocol) {
                stdout.add(END_OF_OUTPUT);
            }
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** Why an exchange produced no response. */
    static final class Failure extends Exception {

        private static final long serialVersionUID = 1L;

        /** The kinds of failure. */
        enum Kind {
            /** No response in time. */
            TIMEOUT,
            /** The process ended. */
            EXITED,
            /** Something other than one JSON object on one line. */
            MALFORMED
        }

        private final Kind kind;

        Failure(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        Kind kind() {
            return kind;
        }
    }
}
