package main

import (
	"context"
	s3 "github.com/aws/aws-sdk-go-v2/service/s3"
	_ "cloud.google.com/go/storage"
	// "github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

import "github.com/aws/aws-sdk-go-v2/service/sqs"

var url = "github.com/aws/aws-sdk-go-v2/service/dynamodb"

var regions = []string{
	"github.com/aws/aws-sdk-go-v2/service/dynamodb",
}
