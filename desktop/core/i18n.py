"""Translatable messages without Qt.

The core cannot import Qt, yet its messages must reach the user in Chinese.  A message is
marked with ``QT_TRANSLATE_NOOP(context, source)`` so that ``pyside6-lupdate`` extracts it into
the ``.ts`` files; the UI and the command line translate it with
``QCoreApplication.translate(context, source)`` and then fill in the named fields.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

MESSAGES = "Messages"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context``; returns it unchanged."""
    del context
    return source


@dataclass(frozen=True)
class Message:
    """A sentence for the user: its English source, the Qt context, and named fields."""

    source: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    context: str = MESSAGES

    def render(self, translate: Any = None) -> str:
        """The sentence in the current language (``translate(context, source)`` if given)."""
        text = translate(self.context, self.source) if translate else self.source
        if not self.fields:
            return text
        fields = {k: v.render(translate) if isinstance(v, Message) else v
                  for k, v in self.fields.items()}
        return text.format(**fields)

    def __str__(self) -> str:
        return self.render()

    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: Any) -> Any:
        """How a message crosses the wire (desk ↔ server): its source, context and fields as
        plain data, translated on the desk.  pydantic is imported only when it asks."""
        from pydantic_core import core_schema

        return core_schema.no_info_plain_validator_function(
            lambda value: value if isinstance(value, Message) else message_from_data(value),
            serialization=core_schema.plain_serializer_function_ser_schema(
                message_to_data, when_used="json-unless-none"),
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, _schema: Any, _handler: Any) -> dict[str, Any]:
        return {"type": "object", "title": "Message", "required": ["source"], "properties": {
            "source": {"type": "string"}, "context": {"type": "string"},
            "fields": {"type": "object"}}}


def msg(source: str, **fields: Any) -> Message:
    """A message in the shared ``Messages`` context (source already marked by the caller)."""
    return Message(source, fields)


def message_to_data(message: Message) -> dict[str, Any]:
    """A message as plain JSON-able data (stored, then translated when shown)."""
    return {
        "context": message.context,
        "source": message.source,
        "fields": {k: message_to_data(v) if isinstance(v, Message) else str(v)
                   for k, v in message.fields.items()},
    }


def message_from_data(data: Mapping[str, Any]) -> Message:
    fields = {k: message_from_data(v) if isinstance(v, dict) else v
              for k, v in data.get("fields", {}).items()}
    return Message(str(data["source"]), fields, str(data.get("context", MESSAGES)))
