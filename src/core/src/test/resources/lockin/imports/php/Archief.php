<?php
namespace Gemeente;

use Aws\S3\S3Client;
use Aws\DynamoDb\{DynamoDbClient, Marshaler};
# use Aws\Sqs\SqsClient;
$doc = 'Aws\Sqs\SqsClient';
