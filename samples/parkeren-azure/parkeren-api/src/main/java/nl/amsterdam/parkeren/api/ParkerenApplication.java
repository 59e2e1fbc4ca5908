package nl.amsterdam.parkeren.api;

import com.microsoft.applicationinsights.attach.ApplicationInsights;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Start de API; Application Insights hangt zich aan de JVM voordat Spring start. */
@SpringBootApplication
public class ParkerenApplication {

  public static void main(String[] args) {
    ApplicationInsights.attach();
    SpringApplication.run(ParkerenApplication.class, args);
  }
}
