package nl.amsterdam.parkeren.api;

import nl.amsterdam.parkeren.opslag.BewijsstukOpslag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OpslagConfiguratie {

  @Bean
  BewijsstukOpslag bewijsstukOpslag(@Value("${azure.storage.endpoint}") String endpoint) {
    return new BewijsstukOpslag(endpoint);
  }
}
