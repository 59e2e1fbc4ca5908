package nl.gemeente.vergunningen;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class DocumentArchiefTest {

  @Test
  void bouwtEenClientVoorDeEigenObjectStore() {
    assertNotNull(new DocumentArchief("https://minio.gemeente.example", "besluiten"));
  }
}
