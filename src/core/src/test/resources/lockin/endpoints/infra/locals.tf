locals {
  # endpoint = "https://oud.documents.azure.com"
  cosmos = "https://afval.documents.azure.com:443/"
}
