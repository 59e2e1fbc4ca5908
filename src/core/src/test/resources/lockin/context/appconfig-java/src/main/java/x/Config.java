package x;

import com.azure.data.appconfiguration.ConfigurationClient;

class Config {
  ConfigurationClient client;
}
