package dev.hyperapp.runtime.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

class AdminServerTest {

  @Test
  void onlyLoopbackClientsMayUseTheAdminApi() {
    assertThat(AdminServer.allows(new InetSocketAddress("127.0.0.1", 5000))).isTrue();
    assertThat(AdminServer.allows(new InetSocketAddress("::1", 5000))).isTrue();
    assertThat(AdminServer.allows(new InetSocketAddress("192.0.2.7", 5000))).isFalse();
    assertThat(AdminServer.allows(null)).isFalse();
  }
}
