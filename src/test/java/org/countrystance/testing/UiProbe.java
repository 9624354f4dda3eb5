package org.countrystance.testing;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.countrystance.SparkSessions;
import org.countrystance.config.ConfigLoader;

/**
 * Run in a child JVM by SafetyIT: builds the job's session with the default settings (prints whether
 * a UI exists), then with the UI enabled, and prints whether its port answers on loopback and on
 * this host's first non-loopback address.
 */
public final class UiProbe {
  private UiProbe() {}

  public static void main(String[] args) throws Exception {
    SparkSession off = SparkSessions.create(ConfigLoader.load(null, List.of()), "local[1]");
    System.out.println("DEFAULT_UI=" + off.sparkContext().ui().isDefined());
    off.stop();
    SparkSession on = SparkSessions.create(ConfigLoader.load(null, List.of("spark.ui-enabled=true")), "local[1]");
    int port = on.sparkContext().ui().get().boundPort();
    System.out.println("UI_PORT=" + port);
    System.out.println("LOOPBACK=" + answers(InetAddress.getLoopbackAddress(), port));
    InetAddress external = externalAddress();
    System.out.println("EXTERNAL=" + (external == null ? "none" : external.getHostAddress() + ":" + answers(external, port)));
    on.stop();
    System.exit(0);
  }

  private static boolean answers(InetAddress address, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  private static InetAddress externalAddress() throws Exception {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!n.isUp() || n.isLoopback()) continue;
      for (InetAddress a : Collections.list(n.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) return a;
      }
    }
    return null;
  }
}
