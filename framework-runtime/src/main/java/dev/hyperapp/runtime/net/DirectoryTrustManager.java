package dev.hyperapp.runtime.net;

import dev.hyperapp.runtime.directory.Admission;
import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.Ed25519;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Decides whether the node at the other end of a TLS handshake is who it claims to be. The peer must
 * present exactly one self-signed certificate naming a node and carrying that node's signed record for
 * the certificate's own key; the {@link Directory} must accept that record (a known name must keep its
 * pinned key; an unknown name is learnt). When we dialed, the certificate must also name the node we
 * asked for in the TLS server name. TLS itself proves that the peer holds the certificate's private
 * key. Everything else is refused; there is no CA and no way to trust all.
 *
 * <p>Certificate dates are not checked: a node's key is trusted because the directory pins it, not
 * because a date says so, and dev machines' clocks drift.
 */
final class DirectoryTrustManager extends X509ExtendedTrustManager {

  private final Directory directory;
  private final String ourName;

  DirectoryTrustManager(Directory directory, String ourName) {
    this.directory = directory;
    this.ourName = ourName;
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    authenticate(chain, null);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    authenticate(chain, null);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    authenticate(chain, null);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    authenticate(chain, socket instanceof SSLSocket ssl ? requestedName(ssl.getSSLParameters()) : null);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    authenticate(chain, engine == null ? null : requestedName(engine.getSSLParameters()));
  }

  /** Without the connection we cannot know which node was dialed, so nothing is trusted. */
  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    throw new CertificateException("A node's certificate can only be checked on a connection");
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return new X509Certificate[0];
  }

  /**
   * @param expectedName the node we dialed, or {@code null} for an incoming connection
   */
  private void authenticate(X509Certificate[] chain, String expectedName) throws CertificateException {
    if (chain == null || chain.length != 1) {
      throw new CertificateException("A node presents exactly one self-signed certificate");
    }
    X509Certificate certificate = chain[0];
    try {
      certificate.verify(certificate.getPublicKey());
    } catch (GeneralSecurityException e) {
      throw new CertificateException("The certificate is not signed by its own key", e);
    }
    LinkCertificates.Presented presented = LinkCertificates.read(certificate);
    String name = presented.name();
    if (expectedName == null && name.equals(ourName)) {
      throw new CertificateException("A peer claims to be this node, " + ourName);
    }
    if (expectedName != null && !expectedName.equals(name)) {
      throw new CertificateException("Dialed " + expectedName + " but the peer is " + name);
    }
    if (!presented.record().name().equals(name)
        || !Ed25519.sameKey(presented.record().publicKey(), certificate.getPublicKey())) {
      throw new CertificateException(name + " presented a record that does not match its certificate");
    }
    Admission admission = directory.admit(presented.record());
    if (!admission.accepted()) {
      throw new CertificateException(
          name
              + (admission == Admission.KEY_CHANGED
                  ? " presented a key that differs from the one in the directory (accept it with"
                      + " `hyperapp accept-key " + name + "` if that node was reinstalled)"
                  : " presented a record with an invalid signature"));
    }
  }

  private static String requestedName(SSLParameters parameters) throws CertificateException {
    if (parameters.getServerNames() != null) {
      for (SNIServerName serverName : parameters.getServerNames()) {
        if (serverName instanceof SNIHostName host) {
          return host.getAsciiName();
        }
      }
    }
    throw new CertificateException("The connection does not say which node it dialed");
  }
}
