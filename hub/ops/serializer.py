"""JSON Lines with exact times, for backups.

Django's JSON serializers keep only milliseconds of datetimes and times (ECMA-262 style,
``DjangoJSONEncoder``); a backup must bring back revision and log times exactly, so this
format writes full ISO 8601 times. It reads back with Django's own JSON Lines deserializer.
"""

import datetime

from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Deserializer  # noqa: F401 - the format's reader
from django.core.serializers.jsonl import Serializer as JSONLSerializer


class ExactTimeEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(JSONLSerializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = ExactTimeEncoder
