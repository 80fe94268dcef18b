/**
 * Registry files written by hand in the published layouts, with the quirks real files have: a
 * BOM, quoted fields with separators and line breaks, `\r\n`, an extra column, a missing
 * optional column (`Date_Decision`), an INACTIVE fiche, a fiche whose registration ends on
 * 2025-09-01 (a step's start), a closed lycée, and a lycée whose SIRET the dataset gives wrong.
 */

/** `export_fiches_CSV_Standard_2026_12_06.csv`: BOM, `\r\n`, an extra column, no `Date_Decision`. */
export const STANDARD = [
  "\uFEFFId_Fiche;Numero_Fiche;Intitule;Abrege_Libelle;Nomenclature_Europe_Niveau;Date_Fin_Enregistrement;Actif;Colonne_En_Plus",
  '101;RNCP35340;"Conception et réalisation de systèmes automatiques; option ""robotique""";BTS;NIV5;31/08/2030;ACTIVE;x',
  '102;RNCP34000;"Technicien de maintenance\r\nindustrielle";TP;NIV4;01/09/2024;INACTIVE;',
  "103;RNCP36000;Technicien supérieur en automatisme;TP;NIV5;01/09/2025;ACTIVE;",
  "104;RS5678;Habilitation électrique;;;;ACTIVE;",
  "105;RNCP35999;Technicien de maintenance industrielle;TP;NIV4;31/12/2028;ACTIVE;",
  "106;rncp 36999;Titre sans date;TP;NIVEAU III;99/99/2020;ACTIVE;",
  "107;;Sans numéro;;;;ACTIVE;",
  "108;RNCP35340;Doublon;;;;ACTIVE;",
].join("\r\n");

export const BLOCKS = [
  "Numero_Fiche;Bloc_Competences_Code;Bloc_Competences_Libelle",
  "RNCP35340;RNCP35340BC02;Concevoir une solution",
  "RNCP35340;RNCP35340BC01;Analyser un système",
  'RNCP35340;RNCP35340BC03;"Réaliser,\nmettre en service"',
  "RNCP36000;RNCP36000BC01;Automatiser",
  "RNCP36000;BC-INVALIDE;Bloc mal codé",
  "RNCP99999;RNCP99999BC01;Fiche absente du Standard",
  "RNCP35340;RNCP35340BC01;Doublon",
].join("\n");

export const ROME = [
  "Numero_Fiche;Codes_Rome_Code;Codes_Rome_Libelle",
  "RNCP35340;H1208;Intervention technique en études et conception en automatisme",
  "RNCP35340;H1208;Doublon",
  "RNCP34000;I1304 - Installation;Installation et maintenance d'équipements industriels",
  "RNCP34000;autre;Code hors nomenclature",
].join("\n");

export const NSF = [
  "Numero_Fiche;Nsf_Code;Nsf_Intitule",
  "RNCP35340;201;Technologies de commandes des transformations industrielles",
  "RNCP34000;250r : Maintenance;Maintenance",
].join("\n");

export const CERTIFIERS = [
  "Numero_Fiche;Siret_Certificateur;Nom_Certificateur",
  "RNCP35340;11004401300040;MINISTERE DE L'EDUCATION NATIONALE",
  "RNCP34000;;MINISTERE DU TRAVAIL",
].join("\n");

export const SUCCESSION = [
  "Numero_Fiche;Ancienne_Certification;Nouvelle_Certification",
  "RNCP35999;RNCP34000;",
  "RNCP34000;;RNCP35999",
].join("\n");

export const RNCP_TABLES: Record<string, string> = {
  "export_fiches_CSV_Standard_2026_12_06.csv": STANDARD,
  // NFD in the name, as some zip tools write it: the reader normalises to NFC.
  "export_fiches_CSV_Blocs_De_Compe\u0301tences_2026_12_06.csv": BLOCKS,
  "export_fiches_CSV_Rome_2026_12_06.csv": ROME,
  "export_fiches_CSV_Nsf_2026_12_06.csv": NSF,
  "export_fiches_CSV_Certificateurs_2026_12_06.csv": CERTIFIERS,
  "export_fiches_CSV_Ancienne_Nouvelle_Certification_2026_12_06.csv": SUCCESSION,
  "export_fiches_CSV_Formacode_2026_12_06.csv": "Numero_Fiche;Formacode_Code\nRNCP35340;31054\n",
};

/** Annuaire de l'éducation: `;`, an extra column, quoted name with a line break, a closed lycée. */
export const ANNUAIRE = [
  "Identifiant_de_l_etablissement;Nom_etablissement;Type_etablissement;Statut_public_prive;SIREN_SIRET;Code_postal;Code_commune;latitude;longitude;etat;date_ouverture;date_fermeture;GRETA;Colonne_En_Plus",
  "0710010A;Lycée Nicéphore Niépce;Lycée;Public;19710010100017;71100;71076;46.78;4.85;OUVERT;01/09/1965;;0;x",
  '0710011B;"Lycée professionnel\nAlexandre Dumaine";Lycée;Public;19710011100016;71100;71076;;;FERME;01/09/1970;30/06/2019;0;',
  "0711234F;Collège Jean Moulin;Collège;Public;197112345;71000;71270;46.3;4.83;OUVERT;;;0;",
  "0212345K;Lycée Hippolyte Fontaine;Lycée;Public;19021234100019;21000;21231;47.3;5.04;A FERMER;;31/08/2027;1;",
  "0692437Z;CIO de Lyon;Information et orientation;Public;;69003;69383;45.76;4.85;OUVERT;;;0;",
  "0341234G;Lycée privé Saint-Joseph;Lycée;Privé;123;34000;34172;;;OUVERT;;bad;0;",
  "1234567X;UAI invalide;Lycée;Public;;;;;;OUVERT;;;0;",
  "0710010A;Doublon;Lycée;Public;;;;;;OUVERT;;;0;",
].join("\n");

/** ESR list: `,`, headers with spaces and dashes, a BOM, a `Géolocalisation` point. */
export const ESR = [
  "\uFEFFuai - identifiant,Libellé,type d'établissement,secteur d'établissement,siret,siren,Géolocalisation,date de création",
  '0750001U,"Université Paris Cité, campus Saint-Germain",Université,public,19750001100014,,"48.84, 2.35",2019-01-01',
  "0692437Z,École nationale,École d'ingénieurs,privé,,196924377,,",
].join("\r\n");
