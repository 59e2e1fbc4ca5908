using System;
using Azure.Storage.Blobs;
global using Amazon.S3;
using Blobs = Azure.Storage.Blobs.Specialized;
// using Azure.Data.Tables;

namespace Gemeente.Opslag;
