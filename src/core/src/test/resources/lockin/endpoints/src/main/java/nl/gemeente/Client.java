package nl.gemeente;

class Client {
  // see https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html
  static final String BLOB = "https://" + "%s.blob.core.windows.net";
  /* static final String OLD = "https://oud.queue.core.windows.net"; */
  static final String NOT_A_HOST = "myblob.core.windows.net.example.org";
}
