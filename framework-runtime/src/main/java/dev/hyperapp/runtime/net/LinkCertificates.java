package dev.hyperapp.runtime.net;

import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed certificates nodes present to each other. A certificate is made from the node's
 * Ed25519 identity key itself (JDK 17's TLS 1.3 negotiates the {@code ed25519} signature scheme), names
 * the node in its subject ({@code CN=alice.os}) and as a DNS subject alternative name, and carries the
 * node's signed {@link IdentityRecord} (its JSON) in a non-critical extension, so the peer learns the
 * node's addresses in the same handshake that proves its key. No CA is involved: trust comes from the
 * directory (see {@link DirectoryTrustManager}).
 */
final class LinkCertificates {

  /** A UUID-based OID (ITU-T X.667, arc 2.25) that needs no registration. */
  static final ASN1ObjectIdentifier RECORD_EXTENSION =
      new ASN1ObjectIdentifier("2.25.335452274108778213309853158239290637939");

  private static final Duration VALIDITY = Duration.ofDays(3650);
  private static final SecureRandom RANDOM = new SecureRandom();

  private LinkCertificates() {}

  /** What a peer's certificate claims: the name it is issued to and the record it carries. */
  record Presented(String name, IdentityRecord record) {}

  static X509Certificate create(NodeIdentity identity, IdentityRecord record) {
    X500Name subject = new X500Name("CN=" + identity.name());
    Instant now = Instant.now();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            subject,
            new BigInteger(128, RANDOM),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(VALIDITY)),
            subject,
            identity.publicKey());
    try {
      builder.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(new GeneralName(GeneralName.dNSName, identity.name())));
      builder.addExtension(RECORD_EXTENSION, false, new DEROctetString(record.toJsonBytes()));
      return new JcaX509CertificateConverter()
          .getCertificate(builder.build(new JcaContentSignerBuilder("Ed25519").build(identity.privateKey())));
    } catch (IOException | OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot create the certificate of " + identity.name(), e);
    }
  }

  /** Reads the claimed name and record; says nothing yet about whether they are to be trusted. */
  static Presented read(X509Certificate certificate) throws CertificateException {
    String name = dnsName(certificate);
    byte[] extension = certificate.getExtensionValue(RECORD_EXTENSION.getId());
    if (extension == null) {
      throw new CertificateException(name + " presented a certificate without an identity record");
    }
    try {
      byte[] json = ASN1OctetString.getInstance(JcaX509ExtensionUtils.parseExtensionValue(extension)).getOctets();
      return new Presented(name, IdentityRecord.fromJsonBytes(json));
    } catch (IOException | IllegalArgumentException e) {
      throw new CertificateException(name + " presented an unreadable identity record", e);
    }
  }

  private static String dnsName(X509Certificate certificate) throws CertificateParsingException {
    Collection<List<?>> names = certificate.getSubjectAlternativeNames();
    if (names != null) {
      for (List<?> name : names) {
        if (Integer.valueOf(GeneralName.dNSName).equals(name.get(0))) {
          return (String) name.get(1);
        }
      }
    }
    throw new CertificateParsingException("The certificate names no node (no DNS subject alternative name)");
  }
}
