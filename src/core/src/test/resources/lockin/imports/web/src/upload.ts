import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import type { Readable } from 'stream';
const { Storage } = require('@google-cloud/storage');
import '@azure/storage-blob';
// import { CosmosClient } from '@azure/cosmos';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
const lazy = () => import("@google-cloud/pubsub");
export const note = "@aws-sdk/client-sqs";
