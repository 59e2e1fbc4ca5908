#!/bin/sh
docker push afvalregistry.azurecr.io/afval-api:$VERSION
echo "klaar"
