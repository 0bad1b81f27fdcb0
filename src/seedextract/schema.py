"""JSON Schemas of the output models, generated so they can never drift from the code."""

from __future__ import annotations

import json

from .models import ParseResult


def render_schemas() -> dict[str, str]:
    """File name -> schema text, exactly as committed in `schemas/`."""
    schemas = {"parse-result.schema.json": ParseResult.model_json_schema(mode="serialization")}
    try:
        from .compare import COMPARE_SCHEMAS
    except ImportError:
        COMPARE_SCHEMAS = {}
    schemas.update({name: model.model_json_schema(mode="serialization")
                    for name, model in COMPARE_SCHEMAS.items()})
    return {name: json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
            for name, schema in sorted(schemas.items())}
