#!/usr/bin/python3
"""Writes Avro records to Kafka with Confluent's own Python client, for the reverse half of the wire test.

Reads JSON lines on stdin, each {"topic": ..., "key": ..., "schema": {...}, "value": {...}}, where the value is
normalised as confluent_decode.py prints it (instants as epoch milliseconds, decimals as plain strings, bytes as
base64). Turns each value back into the Python types the avro library expects by walking the schema, encodes it with
MessageSerializer.encode_record_with_schema (which registers the schema under <topic>-value) and produces it.

Usage: confluent_encode.py BOOTSTRAP REGISTRY_URL < records.jsonl
Prints one line per delivered record: {"topic": ..., "partition": ..., "offset": ..., "schemaId": ...}
"""
import base64
import datetime
import decimal
import json
import struct
import sys

import avro.schema
from confluent_kafka import Producer
from confluent_kafka.avro import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def denormalise(schema, value):
    kind = schema.type
    if kind == 'union':
        if value is None:
            return None
        branches = [branch for branch in schema.schemas if branch.type != 'null']
        return denormalise(branches[0] if len(branches) == 1 else primitive_branch(branches, value), value)
    if kind in ('record', 'error'):
        return {field.name: denormalise(field.type, value[field.name]) for field in schema.fields}
    if kind == 'array':
        return [denormalise(schema.items, item) for item in value]
    if kind == 'map':
        return {key: denormalise(schema.values, item) for key, item in value.items()}
    logical_type = schema.get_prop('logicalType')
    if logical_type == 'timestamp-millis':
        return EPOCH + datetime.timedelta(milliseconds=value)
    if logical_type == 'decimal':
        return exact_decimal(value, schema.get_prop('scale') or 0)
    if kind in ('bytes', 'fixed'):
        return base64.b64decode(value)
    return value


PRIMITIVE_VALUE_TYPES = {'boolean': (bool,), 'int': (int,), 'long': (int,), 'float': (float, int),
                         'double': (float, int), 'string': (str,)}


def primitive_branch(branches, value):
    # a union of several primitives (e.g. a template value: boolean, long or string) is printed as the bare JSON
    # value, so its type names the branch; bool is an int in Python, so it only ever matches boolean
    for branch in branches:
        accepted = PRIMITIVE_VALUE_TYPES.get(branch.type, ())
        if isinstance(value, accepted) and (branch.type == 'boolean') == isinstance(value, bool):
            return branch
    raise ValueError('no branch of %s takes %r' % ([branch.type for branch in branches], value))


def exact_decimal(text, scale):
    # python-avro writes the unscaled digits as they are: Decimal('1250.5') at scale 4 would read back as 1.2505
    number = decimal.Decimal(text)
    scaled = number.quantize(decimal.Decimal(1).scaleb(-scale))
    if scaled != number:
        raise ValueError('%s does not fit scale %d' % (text, scale))
    return scaled


def main(argv):
    bootstrap, registry_url = argv[1], argv[2]
    serializer = MessageSerializer(CachedSchemaRegistryClient({'url': registry_url}))
    producer = Producer({'bootstrap.servers': bootstrap})
    delivered = []
    failures = []

    def on_delivery(error, message):
        if error is not None:
            failures.append(str(error))
        else:
            schema_id = struct.unpack('>bI', message.value()[:5])[1]
            delivered.append({'topic': message.topic(), 'partition': message.partition(),
                              'offset': message.offset(), 'schemaId': schema_id})

    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        schema = avro.schema.parse(json.dumps(request['schema']))
        value = serializer.encode_record_with_schema(request['topic'], schema,
                                                     denormalise(schema, request['value']))
        key = request['key'].encode('utf-8') if request.get('key') is not None else None
        producer.produce(request['topic'], key=key, value=value, on_delivery=on_delivery)
    remaining = producer.flush(60)
    for record in delivered:
        print(json.dumps(record), flush=True)
    if failures or remaining:
        sys.stderr.write('delivery failed: %s; %d records undelivered\n' % (failures, remaining))
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
