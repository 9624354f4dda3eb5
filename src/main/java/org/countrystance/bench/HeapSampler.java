package org.countrystance.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap of this JVM (the Spark driver; in local mode also the executors) during a timed run:
 * a daemon thread samples the used heap every few milliseconds, and a listener on the collectors
 * records the heap left in use after each collection (the live data the run really held).
 */
public final class HeapSampler implements AutoCloseable {
  private static final long INTERVAL_MILLIS = 10;
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener afterGc = this::onCollection;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile long peakUsed;
  private volatile long peakLive;

  private HeapSampler() {
    thread = new Thread(this::sample, "bench-heap-sampler");
    thread.setDaemon(true);
  }

  /** Starts sampling now; close() stops it. */
  public static HeapSampler start() {
    HeapSampler s = new HeapSampler();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(s.afterGc, null, null);
        s.emitters.add(e);
      }
    }
    s.thread.start();
    return s;
  }

  private void sample() {
    while (running) {
      peakUsed = Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void onCollection(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long live = 0;
    for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      MemoryUsage u = e.getValue();
      if (heapPools.contains(e.getKey())) live += u.getUsed();
    }
    synchronized (this) {
      peakLive = Math.max(peakLive, live);
    }
  }

  /** Highest used heap sampled (garbage included, so it follows -Xmx more than need). */
  public long peakUsedBytes() {
    return peakUsed;
  }

  /** Highest heap in use right after a collection during the run (0 when no collection ran). */
  public long peakLiveBytes() {
    return peakLive;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(afterGc);
      } catch (ListenerNotFoundException ignored) {
        // already gone: nothing to stop
      }
    }
    try {
      thread.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
