package org.countrystance.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;

/**
 * A real S3 API server for the integration tests: S3Proxy on 127.0.0.1, keeping objects in its
 * memory (jclouds' transient store), in a JVM of its own (its Jetty, jclouds and Guava stay off Spark's classpath),
 * with fresh random credentials that the job gets from the environment only.
 */
public final class S3Server implements AutoCloseable {
  private final Process process;
  private final int port;
  private final String accessKey;
  private final String secretKey;

  private S3Server(Process process, int port, String accessKey, String secretKey) {
    this.process = process;
    this.port = port;
    this.accessKey = accessKey;
    this.secretKey = secretKey;
  }

  /** Starts the server (its log in dir) and creates one empty bucket; fails with its log if it does not start. */
  public static S3Server start(Path dir, String bucket) throws IOException, InterruptedException {
    return start(dir, bucket, "it-access-" + random(), "it-s3-secret-" + random());
  }

  /** The same with the given credentials (jobs/cluster-it.sh passes the ones it exported to the cluster). */
  public static S3Server start(Path dir, String bucket, String access, String secret)
      throws IOException, InterruptedException {
    String jar = System.getProperty("countrystance.s3proxy.jar", "target/s3proxy/s3proxy.jar");
    if (!Files.exists(Path.of(jar))) throw new IllegalStateException("no S3Proxy jar at " + jar + ": run mvn verify");
    Files.createDirectories(dir);
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path props = dir.resolve("s3proxy.properties");
    Files.writeString(props, String.join("\n",
        "s3proxy.endpoint=http://127.0.0.1:" + port,
        "s3proxy.authorization=aws-v2-or-v4",
        "s3proxy.identity=" + access,
        "s3proxy.credential=" + secret,
        // in memory: the "filesystem" backend maps keys to files and folders, so the marker object of
        // an empty folder (what Hadoop's committer lists after an empty write) cannot be read back
        "jclouds.provider=transient") + "\n");
    Path log = dir.resolve("s3proxy.log");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-jar", jar, "--properties", props.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    S3Server server = new S3Server(p, port, access, secret);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IllegalStateException("S3Proxy exited: " + Files.readString(log));
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 500);
        server.createBucket(bucket);
        return server;
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    server.close();
    throw new IllegalStateException("S3Proxy did not listen on 127.0.0.1:" + port + ": " + Files.readString(log));
  }

  /** Through the S3 API with the AWS SDK that hadoop-aws uses (S3A cannot create buckets). */
  private void createBucket(String bucket) {
    com.amazonaws.services.s3.AmazonS3 client = com.amazonaws.services.s3.AmazonS3ClientBuilder.standard()
        .withEndpointConfiguration(new com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration(
            "http://127.0.0.1:" + port, "us-east-1"))
        .withPathStyleAccessEnabled(true)
        .withCredentials(new com.amazonaws.auth.AWSStaticCredentialsProvider(
            new com.amazonaws.auth.BasicAWSCredentials(accessKey, secretKey)))
        .build();
    try {
      client.createBucket(bucket);
    } finally {
      client.shutdown();
    }
  }

  /** The S3Proxy process's id (jobs/cluster-it.sh stops it with the cluster's daemons). */
  public long pid() {
    return process.pid();
  }

  /** The secret key: a test checks that it never shows up in logs or manifests. */
  public String secretKey() {
    return secretKey;
  }

  /** The credentials as the AWS SDK's environment variables (S3A's default provider chain reads them). */
  public Map<String, String> environment() {
    return Map.of("AWS_ACCESS_KEY_ID", accessKey, "AWS_SECRET_ACCESS_KEY", secretKey);
  }

  /**
   * Where and how to reach the server, without credentials: S3A settings. Directory markers are kept:
   * S3Proxy's filesystem backend maps a marker to a folder, and deleting a non-empty one makes it
   * retry with back-off for minutes (S3A deletes the markers above every file it writes otherwise).
   */
  public Map<String, String> s3aSettings() {
    return Map.of("fs.s3a.endpoint", "http://127.0.0.1:" + port, "fs.s3a.path.style.access", "true",
        "fs.s3a.connection.ssl.enabled", "false", "fs.s3a.endpoint.region", "us-east-1",
        "fs.s3a.directory.marker.retention", "keep", "fs.s3a.attempts.maximum", "3",
        "fs.s3a.connection.timeout", "30000");
  }

  /** The job's {@code --set} options for {@link #s3aSettings()} (as spark.hadoop.* session settings). */
  public List<String> jobOptions() {
    List<String> out = new ArrayList<>();
    s3aSettings().forEach((k, v) -> {
      out.add("--set");
      out.add("spark.conf.\"spark.hadoop." + k + "\"=" + v);
    });
    return out;
  }

  /** Lets this (test) JVM read and write the server: settings and credentials in its Hadoop configuration. */
  public void configure(Configuration hadoop) {
    s3aSettings().forEach(hadoop::set);
    hadoop.set("fs.s3a.access.key", accessKey);
    hadoop.set("fs.s3a.secret.key", secretKey);
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String random() {
    byte[] b = new byte[8];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
