package org.countrystance.testing;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;

/**
 * The integration tests' S3 server for jobs/cluster-it.sh: {@code S3ServerMain DIR BUCKET LOCAL_FOLDER KEY}
 * starts {@link S3Server} with the credentials in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (those the
 * script gives the driver and the workers), copies LOCAL_FOLDER to s3a://BUCKET/KEY through S3A, prints
 * one line {@code s3a KEY=VALUE} per S3A setting a client needs (no credentials) and {@code s3proxy pid PID},
 * then {@code ready}, and serves until the JVM is stopped (a SIGTERM stops S3Proxy too).
 */
public final class S3ServerMain {
  private S3ServerMain() {}

  public static void main(String[] args) throws Exception {
    String access = System.getenv("AWS_ACCESS_KEY_ID");
    String secret = System.getenv("AWS_SECRET_ACCESS_KEY");
    if (args.length != 4 || access == null || access.isBlank() || secret == null || secret.isBlank()) {
      System.err.println("usage: AWS_ACCESS_KEY_ID=... AWS_SECRET_ACCESS_KEY=... S3ServerMain DIR BUCKET LOCAL_FOLDER KEY");
      System.exit(2);
    }
    S3Server s3 = S3Server.start(Path.of(args[0]), args[1], access, secret);
    Runtime.getRuntime().addShutdownHook(new Thread(s3::close));
    Configuration hadoop = new Configuration();
    s3.s3aSettings().forEach(hadoop::set); // the keys come from the environment, as for the job
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path("s3a://" + args[1] + "/" + args[3]);
    FileSystem fs = target.getFileSystem(hadoop);
    if (!FileUtil.copy(FileSystem.getLocal(hadoop), new org.apache.hadoop.fs.Path(args[2]), fs, target, false, hadoop)) {
      throw new IllegalStateException("could not copy " + args[2] + " to " + target);
    }
    s3.s3aSettings().forEach((k, v) -> System.out.println("s3a " + k + "=" + v));
    System.out.println("s3proxy pid " + s3.pid());
    System.out.println("ready: " + args[2] + " is " + target);
    System.out.flush();
    Thread.currentThread().join();
  }
}
