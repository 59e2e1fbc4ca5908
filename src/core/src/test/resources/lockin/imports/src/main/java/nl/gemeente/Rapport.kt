package nl.gemeente

import com.google.cloud.bigquery.BigQueryOptions
import com.azure.storage.blobs.NotARealPackage

fun main() = BigQueryOptions.getDefaultInstance()
