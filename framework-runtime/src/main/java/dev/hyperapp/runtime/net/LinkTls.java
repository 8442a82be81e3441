package dev.hyperapp.runtime.net;

import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
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
   * The server side of TLS over an accepted TCP connection; layered rather than made by an
   * {@code SSLServerSocket} because the certificate names the port, known only once bound.
   */
  SSLSocket serverSide(Socket accepted) throws IOException {
    SSLSocket socket =
        (SSLSocket)
            context
                .getSocketFactory()
                .createSocket(accepted, accepted.getInetAddress().getHostAddress(), accepted.getPort(), true);
    socket.setUseClientMode(false);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setProtocols(PROTOCOLS);
    parameters.setNeedClientAuth(true);
    socket.setSSLParameters(parameters);
    return socket;
  }

  /** The client side of TLS over a connected TCP socket; it asks for {@code peer} and no other. */
  SSLSocket clientSide(Socket connected, String peer) throws IOException {
    return clientSide(context, connected, peer);
  }

  static SSLSocket clientSide(SSLContext context, Socket connected, String peer) throws IOException {
    SSLSocket socket =
        (SSLSocket)
            context
                .getSocketFactory()
                .createSocket(connected, connected.getInetAddress().getHostAddress(), connected.getPort(), true);
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setProtocols(PROTOCOLS);
    parameters.setServerNames(List.of(new SNIHostName(peer)));
    socket.setSSLParameters(parameters);
    return socket;
  }
}
