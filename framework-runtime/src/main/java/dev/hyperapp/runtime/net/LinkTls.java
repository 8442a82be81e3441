package dev.hyperapp.runtime.net;

import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * The TLS side of links: a TLS 1.3-only context that presents this node's certificate and trusts
 * peers through the {@link DirectoryTrustManager}, and the sockets made from it.
 */
final class LinkTls {

  private static final String[] PROTOCOLS = {"TLSv1.3"};
  private static final char[] NO_PASSWORD = new char[0];

  private final SSLContext context;

  LinkTls(NodeIdentity identity, IdentityRecord ownRecord, Directory directory) {
    this.context =
        context(
            identity,
            new Certificate[] {LinkCertificates.create(identity, ownRecord)},
            new DirectoryTrustManager(directory, identity.name()));
  }

  /** A context presenting {@code chain} with {@code identity}'s key and trusting with {@code trust}. */
  static SSLContext context(NodeIdentity identity, Certificate[] chain, TrustManager trust) {
    try {
      KeyStore keys = KeyStore.getInstance("PKCS12");
      keys.load(null, null);
      keys.setKeyEntry("node", identity.privateKey(), NO_PASSWORD, chain);
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
      keyManagers.init(keys, NO_PASSWORD);
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(keyManagers.getKeyManagers(), new TrustManager[] {trust}, null);
      return context;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("Cannot set up TLS for " + identity.name(), e);
    }
  }

  /**
   * The server side of TLS for a connection from {@code remote}; made here rather than by an {@code
   * SSLServerSocket} because the certificate names the port, known only once bound.
   */
  SSLEngine serverSide(InetSocketAddress remote) {
    SSLEngine engine = context.createSSLEngine(remote.getHostString(), remote.getPort());
    engine.setUseClientMode(false);
    SSLParameters parameters = engine.getSSLParameters();
    parameters.setProtocols(PROTOCOLS);
    parameters.setNeedClientAuth(true);
    engine.setSSLParameters(parameters);
    return engine;
  }

  /** The client side of TLS for a connection to {@code remote}; it asks for {@code peer} and no other. */
  SSLEngine clientSide(InetSocketAddress remote, String peer) {
    SSLEngine engine = context.createSSLEngine(remote.getHostString(), remote.getPort());
    engine.setUseClientMode(true);
    engine.setSSLParameters(clientParameters(engine.getSSLParameters(), peer));
    return engine;
  }

  /** A TLS client socket over {@code connected} as a node's link would dial {@code peer}; for tests. */
  static SSLSocket clientSide(SSLContext context, Socket connected, String peer) throws IOException {
    SSLSocket socket =
        (SSLSocket)
            context
                .getSocketFactory()
                .createSocket(connected, connected.getInetAddress().getHostAddress(), connected.getPort(), true);
    socket.setSSLParameters(clientParameters(socket.getSSLParameters(), peer));
    return socket;
  }

  private static SSLParameters clientParameters(SSLParameters parameters, String peer) {
    parameters.setProtocols(PROTOCOLS);
    parameters.setServerNames(List.of(new SNIHostName(peer)));
    return parameters;
  }
}
