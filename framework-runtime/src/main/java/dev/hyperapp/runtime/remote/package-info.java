/**
 * The adapter between the kernel and the peer network: kernel messages to other nodes travel as
 * {@link dev.hyperapp.runtime.net.PeerMessage}s, and what peers send is delivered to the kernel with
 * origin {@code REMOTE} under the name the peer's certificate proved.
 */
package dev.hyperapp.runtime.remote;
