/**
 * The node's admin API: a small HTTP listener on the loopback interface that the {@code hyperapp}
 * command line talks to. It installs and removes packages, injects messages into processes and reports
 * the node's status. It answers loopback clients only; anyone else gets 403.
 */
package dev.hyperapp.runtime.admin;
