/**
 * The {@code hyperapp} command line: {@code boot} runs a node in the foreground; {@code
 * start-package}, {@code remove-package}, {@code inject} and {@code status} talk to a running node
 * through its loopback-only admin API ({@link dev.hyperapp.runtime.admin.AdminServer}). Exit codes: 0
 * ok, 1 a failure reported by the node (or no node answers), 2 a usage error.
 */
package dev.hyperapp.runtime.cli;
