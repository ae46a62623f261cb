#!/usr/bin/python3
"""Reads Avro records from Kafka topics with Confluent's own Python client and prints them as JSON lines.

An independent decoder for Redress's wire-compatibility test: confluent-kafka's MessageSerializer
(the classic confluent_kafka.avro API, which needs only Debian's python3-avro) resolves each record's
schema id against the schema registry and decodes the Avro body. Values are normalised so the Java
side can compare them field for field: instants as epoch milliseconds, decimals as plain strings,
bytes as base64.

Usage: confluent_decode.py BOOTSTRAP REGISTRY_URL COUNT TOPIC [TOPIC ...]
Prints one line per record: {"topic": ..., "key": ..., "schemaId": ..., "value": {...}}
"""
import base64
import datetime
import decimal
import json
import struct
import sys
import time
import uuid

from confluent_kafka import Consumer, KafkaException
from confluent_kafka.avro import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def normalise(value):
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        # integer arithmetic: a float timestamp would lose milliseconds far from 1970
        return (value - EPOCH) // datetime.timedelta(milliseconds=1)
    if isinstance(value, datetime.date):
        return (value - datetime.date(1970, 1, 1)).days
    if isinstance(value, decimal.Decimal):
        return format(value, 'f')
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode('ascii')
    return value


def main(argv):
    bootstrap, registry_url, count = argv[1], argv[2], int(argv[3])
    topics = argv[4:]
    serializer = MessageSerializer(CachedSchemaRegistryClient({'url': registry_url}))
    consumer = Consumer({
        'bootstrap.servers': bootstrap,
        'group.id': 'wire-check-%d' % int(time.time() * 1000),
        'auto.offset.reset': 'earliest',
        'enable.auto.commit': False,
    })
    consumer.subscribe(topics)
    wanted = count * len(topics)
    seen = 0
    deadline = time.time() + 60
    try:
        while seen < wanted and time.time() < deadline:
            message = consumer.poll(1.0)
            if message is None:
                continue
            if message.error():
                raise KafkaException(message.error())
            raw = message.value()
            schema_id = struct.unpack('>bI', raw[:5])[1]
            decoded = serializer.decode_message(raw)
            key = message.key().decode('utf-8') if message.key() is not None else None
            print(json.dumps({'topic': message.topic(), 'key': key, 'schemaId': schema_id,
                              'value': normalise(decoded)}, ensure_ascii=False), flush=True)
            seen += 1
    finally:
        consumer.close()
    if seen < wanted:
        sys.stderr.write('only %d of %d records arrived within 60 s\n' % (seen, wanted))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
