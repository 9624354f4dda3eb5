package org.countrystance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.countrystance.config.InputColumns;
import org.countrystance.ingest.InputFiles;

/**
 * Every row of the listed Parquet files handed to {@code threads} workers: one reader per file (at
 * most {@code threads} at a time) fills a bounded queue with batches, so that a corpus of one file
 * still keeps every core busy and memory holds a few batches, never the corpus.
 */
final class ParallelRows {
  private static final int BATCH = 64;
  private static final List<ParquetArticles.InputRow> END = List.of();

  private final InputFiles.Listing listing;
  private final InputColumns columns;
  private final int threads;

  ParallelRows(InputFiles.Listing listing, InputColumns columns, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    this.listing = listing;
    this.columns = columns;
    this.threads = threads;
  }

  /** Runs {@code work} on every row, concurrently; returns when all rows are done, rethrowing the first failure. */
  void forEach(Consumer<ParquetArticles.InputRow> work) {
    BlockingQueue<List<ParquetArticles.InputRow>> queue = new ArrayBlockingQueue<>(4 * threads);
    AtomicReference<Throwable> cause = new AtomicReference<>();
    ExecutorService readers = Executors.newFixedThreadPool(Math.min(threads, listing.files().size()));
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (int f = 0; f < listing.files().size(); f++) {
        int file = f;
        tasks.add(readers.submit(guarded(cause,
            () -> ParquetArticles.read(listing, file, columns, BATCH, b -> put(queue, b, cause)))));
      }
      int reads = tasks.size();
      for (int t = 0; t < threads; t++) {
        tasks.add(workers.submit(guarded(cause, () -> {
          try {
            for (List<ParquetArticles.InputRow> b = queue.take(); b != END; b = queue.take()) b.forEach(work);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        })));
      }
      for (Future<?> r : tasks.subList(0, reads)) await(r);
      if (cause.get() == null) {
        for (int t = 0; t < threads; t++) put(queue, END, cause);
      } else {
        workers.shutdownNow();
      }
      for (Future<?> w : tasks.subList(reads, tasks.size())) await(w);
      Throwable first = cause.get();
      if (first instanceof RuntimeException r) throw r;
      if (first instanceof Error e) throw e;
      if (first != null) throw new IllegalStateException(first);
    } finally {
      readers.shutdownNow();
      workers.shutdownNow();
    }
  }

  /** The task, recording its failure as the cause when it is the first. */
  private static Runnable guarded(AtomicReference<Throwable> cause, Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        cause.compareAndSet(null, e);
      }
    };
  }

  private static void await(Future<?> task) {
    try {
      task.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the corpus", e);
    }
  }

  /** Puts a batch, giving up once a worker or reader has failed (nobody may take it then). */
  private static void put(BlockingQueue<List<ParquetArticles.InputRow>> queue, List<ParquetArticles.InputRow> batch,
      AtomicReference<Throwable> cause) {
    try {
      while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
        if (cause.get() != null) throw new IllegalStateException("the corpus read stopped after a failure");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the corpus", e);
    }
  }
}
