{{- define "hatchery.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "hatchery.labels" -}}
app.kubernetes.io/part-of: hatchery
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "hatchery.image" -}}
{{- $root := index . 0 -}}{{- $service := index . 1 -}}
{{- printf "%s/%s:%s" $root.Values.image.repository $service (default $root.Chart.AppVersion $root.Values.image.tag) -}}
{{- end -}}

{{- define "hatchery.mongoSecretName" -}}
{{- default (printf "%s-mongodb" (include "hatchery.fullname" .)) .Values.mongodb.existingSecret -}}
{{- end -}}

{{/* Environment shared by every domain service. */}}
{{- define "hatchery.commonEnv" -}}
- name: SPRING_KAFKA_BOOTSTRAP_SERVERS
  value: {{ .Values.kafka.bootstrapServers | quote }}
- name: HATCHERY_MESSAGING_TOPICS_REPLICATION_FACTOR
  value: {{ .Values.kafka.topicReplicationFactor | quote }}
- name: HATCHERY_MESSAGING_TOPICS_PARTITIONS
  value: {{ .Values.kafka.topicPartitions | quote }}
{{- include "hatchery.jwtEnv" . }}
{{- include "hatchery.zonesEnv" . }}
{{- end -}}

{{/* The deployment's statistical zones, for every service and the console. */}}
{{- define "hatchery.zonesEnv" -}}
{{- range $index, $zone := .Values.regions.zones }}
- name: HATCHERY_REGIONS_ZONES_{{ $index }}_ID
  value: {{ $zone.id | quote }}
- name: HATCHERY_REGIONS_ZONES_{{ $index }}_NAME
  value: {{ $zone.name | quote }}
- name: HATCHERY_REGIONS_ZONES_{{ $index }}_PARENT
  value: {{ $zone.parent | quote }}
{{- end }}
{{- end -}}

{{- define "hatchery.jwtEnv" -}}
{{- if .Values.jwt.issuerUri }}
- name: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI
  value: {{ .Values.jwt.issuerUri | quote }}
{{- else }}
- name: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION
  value: file:/etc/hatchery/jwt/public-key.pem
{{- end }}
{{- end -}}

{{- define "hatchery.probes" -}}
startupProbe:
  httpGet: {path: /actuator/health/liveness, port: http}
  periodSeconds: 5
  failureThreshold: 36
livenessProbe:
  httpGet: {path: /actuator/health/liveness, port: http}
  periodSeconds: 10
readinessProbe:
  httpGet: {path: /actuator/health/readiness, port: http}
  periodSeconds: 5
{{- end -}}
