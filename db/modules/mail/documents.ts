import type { Db } from '../../platform/database';
import type { DocumentKind } from '../../platform/services';
import type { Lang } from '../../platform/messages';

/**
 * The data of a document of the house, exactly what its print view receives, for the PDF renderer
 * (HouseServices.pdf). One function per kind, calling the module that owns the document.
 */
export function documentData(db: Db, kind: DocumentKind, id: number, language: Lang): unknown {
  void db;
  void id;
  void language;
  throw new Error(`documentData(${kind}) is not built yet`);
}
