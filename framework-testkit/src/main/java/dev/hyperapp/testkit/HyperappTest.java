package dev.hyperapp.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of the class against fresh real nodes on loopback ({@link TestNodes}):
 *
 * <pre>{@code
 * @HyperappTest(nodes = {"alice.os", "bob.os"}, apps = Samchat.class)
 * class ChatTest {
 *   @Test
 *   void bobGetsTheMessage(TestNode alice, TestNode bob) { … }
 * }
 * }</pre>
 *
 * Test methods take {@link TestNodes}, or {@link TestNode} parameters, which are the nodes in the
 * order of {@link #nodes()}.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(HyperappExtension.class)
public @interface HyperappTest {

  /** The nodes' names. */
  String[] nodes() default {"alice.os", "bob.os"};

  /** The {@code @Hyperprocess} classes to install on every node; none installs every app on the class path. */
  Class<?>[] apps() default {};
}
