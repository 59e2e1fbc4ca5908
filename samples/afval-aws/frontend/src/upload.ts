import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

const client = new S3Client({ region: "eu-central-1" });

export async function upload(id: string, foto: Blob): Promise<void> {
  await client.send(new PutObjectCommand({ Bucket: "afval-meldingen-fotos", Key: id, Body: foto }));
}
