package dev.hyperapp.benchmarks.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed Ed25519 certificate (the key type of the node's links) and its key, made when a
 * benchmark starts, in a PKCS12 file under a fresh temporary folder with a random password, deleted
 * when the benchmark ends: no key material is kept or committed. The same file is the key store and
 * the trust store, so both ends of a connection present this certificate and trust only it.
 */
final class BenchKeyStore implements AutoCloseable {

  private static final String ALIAS = "bench";

  private final Path folder;
  private final Path file;
  private final String password;

  private BenchKeyStore(Path folder, Path file, String password) {
    this.folder = folder;
    this.file = file;
    this.password = password;
  }

  static BenchKeyStore create() {
    SecureRandom random = new SecureRandom();
    byte[] secret = new byte[18];
    random.nextBytes(secret);
    String password = Base64.getUrlEncoder().encodeToString(secret);
    Path folder = BenchNode.temporaryFolder("hyperapp-bench-tls-");
    Path file = folder.resolve("bench.p12");
    try {
      KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(ALIAS, keys.getPrivate(), password.toCharArray(),
          new Certificate[] {selfSigned(keys, random)});
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password.toCharArray());
      }
      return new BenchKeyStore(folder, file, password);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      BenchNode.deleteTree(folder);
      throw new IllegalStateException("Cannot make the benchmark's TLS key", e);
    } catch (IOException e) {
      BenchNode.deleteTree(folder);
      throw new UncheckedIOException(e);
    }
  }

  private static X509Certificate selfSigned(KeyPair keys, SecureRandom random)
      throws OperatorCreationException, GeneralSecurityException {
    X500Name name = new X500Name("CN=localhost");
    Instant now = Instant.now();
    return new JcaX509CertificateConverter().getCertificate(
        new JcaX509v3CertificateBuilder(name, new BigInteger(64, random),
            Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))),
            name, keys.getPublic())
            .build(new JcaContentSignerBuilder("Ed25519").build(keys.getPrivate())));
  }

  /** The PKCS12 file: key store and trust store at once. */
  Path file() {
    return file;
  }

  /** The password of the file and of the key in it. */
  String password() {
    return password;
  }

  /** A TLS 1.3 context (the JDK's SunJSSE) presenting the certificate and trusting only it. */
  SSLContext tlsContext() {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password.toCharArray());
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
      keyManagers.init(store, password.toCharArray());
      TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX");
      trustManagers.init(store);
      SSLContext context = SSLContext.getInstance("TLSv1.3");
      context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot load the benchmark's TLS key", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    BenchNode.deleteTree(folder);
  }
}
