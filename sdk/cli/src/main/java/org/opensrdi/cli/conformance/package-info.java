/**
 * {@code opensrdi conformance}: the conformance harness of {@code conformance-tests/README.md} — the
 * runner ({@code run}), which starts any implementation as a command and talks to it in NDJSON, and
 * the Java SDK's own adapter ({@code serve}). Part of the command line application: nothing here is
 * API, even where a type is public so that the conformance tests can drive it in-process.
 */
package org.opensrdi.cli.conformance;
