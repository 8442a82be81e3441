package dev.hyperapp.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.HostPort;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A peer that speaks the link protocol by hand with a valid identity, dials a node, greets, and then
 * reads nothing unless the test reads its socket: whatever the node sends it fills its TCP window.
 */
final class StubbornPeer {

  private StubbornPeer() {}

  /**
   * Dials {@code node} at {@code address} as {@code name}, whose home and directory are made under
   * {@code root} (the nodes' shared directory folder is {@code root/shared}), and returns the socket
   * once the node welcomed it.
   */
  static SSLSocket dial(Path root, String name, String node, HostPort address) throws IOException {
    NodeIdentity identity = NodeIdentity.loadOrCreate(root.resolve(name), name);
    Directory directory = Directory.open(root.resolve(name), root.resolve("shared"));
    // An address where nothing listens: the node cannot dial back.
    IdentityRecord record = identity.record(List.of(new HostPort("127.0.0.1", 9)));
    directory.publish(record);
    SSLContext context = LinkTls.context(identity,
        new Certificate[] {LinkCertificates.create(identity, record)},
        new DirectoryTrustManager(directory, name));
    SSLSocket socket = LinkTls.clientSide(context, new Socket(address.host(), address.port()), node);
    FrameWriter out = new FrameWriter(socket.getOutputStream());
    out.control(FrameType.HELLO,
        new Hello(Hello.CURRENT_VERSION, 1, NetworkConfig.defaults().maxMessageSize()).encode());
    FrameReader.Frame welcome = new FrameReader(socket.getInputStream()).read(1024);
    assertThat(welcome.type()).isEqualTo(FrameType.WELCOME);
    return socket;
  }
}
